-- wrk script for bench/load: a mix of valid requests of every kind, in turn, and the figures at the end.
-- The requests are built in init, once wrk has set the Host header they need.
local requests
init = function(args)
  requests = {
  wrk.format("GET", "/codes/451"),
  wrk.format("GET", "/codes/5.1.1", { ["Accept-Language"] = "ja" }),
  wrk.format("GET", "/codes/4.7.99"),
  wrk.format("GET", "/codes?class=4&q=greylist"),
  wrk.format("GET", "/compare?a=450&b=550"),
  wrk.format("GET", "/compare?a=550&b=5.1.1&lang=ja"),
  wrk.format("GET", "/explain?reply=421%204.7.0%20Try%20again%20later"),
  wrk.format("POST", "/explain", { ["Content-Type"] = "application/json" },
    '{"reply": "SMTP error from remote mail server after RCPT TO:<bob@example.org>: host mx.example.org [192.0.2.20]: 550 5.1.1 <bob@example.org>... User Unknown"}'),
  wrk.format("POST", "/explain", { ["Content-Type"] = "text/plain" },
    "550-5.7.26 Unauthenticated email is not accepted due to domain's\r\n550 5.7.26 DMARC policy. - gsmtp"),
  wrk.format("GET", "/reasons"),
  }
end

local i = 0
request = function()
  i = i % #requests + 1
  return requests[i]
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9), latency.max, errors))
  io.stderr:write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
