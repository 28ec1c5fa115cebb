-- wrk script: prints one machine-readable line with the figures bench/run needs.
-- With BODY (or BODY_FILE, a file to read it from) set in the environment, it sends POST requests with that
-- body, of the media type CONTENT_TYPE (application/json by default).
local body = os.getenv("BODY")
local file = os.getenv("BODY_FILE")
if file ~= nil and file ~= "" then
  local f = assert(io.open(file, "rb"))
  body = f:read("*a")
  f:close()
end
-- With ACCEPT_ENCODING set, it asks for that content coding.
local acceptEncoding = os.getenv("ACCEPT_ENCODING")
if acceptEncoding ~= nil and acceptEncoding ~= "" then
  wrk.headers["Accept-Encoding"] = acceptEncoding
end
-- With ACCEPT set, it sends that Accept header (a browser's, for the pages).
local accept = os.getenv("ACCEPT")
if accept ~= nil and accept ~= "" then
  wrk.headers["Accept"] = accept
end
if body ~= nil and body ~= "" then
  wrk.method = "POST"
  wrk.body = body
  local contentType = os.getenv("CONTENT_TYPE")
  wrk.headers["Content-Type"] = (contentType ~= nil and contentType ~= "") and contentType or "application/json"
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d p999_us=%d errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    latency:percentile(99.9), errors))
end
