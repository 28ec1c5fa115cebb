// smtp-codes: optional. A Copy button beside each reply on a page; without script the page is the same,
// less the buttons.
document.querySelectorAll('pre.reply').forEach((pre) => {
  if (!navigator.clipboard) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  const label = document.documentElement.lang === 'ja' ? 'コピー' : 'Copy';
  button.textContent = label;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(pre.innerText.trim()).then(() => {
      button.textContent = document.documentElement.lang === 'ja' ? 'コピーしました' : 'Copied';
      setTimeout(() => { button.textContent = label; }, 1500);
    });
  });
  pre.after(button);
});
