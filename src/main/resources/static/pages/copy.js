// smtp-codes: optional. A Copy button under each reply on a page; without script the page is the same,
// less the buttons.
const japanese = document.documentElement.lang === 'ja';
document.querySelectorAll('pre.reply').forEach((pre, index) => {
  if (!navigator.clipboard) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  const label = japanese ? 'コピー' : 'Copy';
  button.textContent = label;
  // a screen reader hears which reply the button copies
  if (!pre.id) pre.id = 'reply-' + (index + 1);
  button.setAttribute('aria-describedby', pre.id);
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(pre.innerText.trim()).then(() => {
      button.textContent = japanese ? 'コピーしました' : 'Copied';
      setTimeout(() => { button.textContent = label; }, 1500);
    });
  });
  pre.after(button);
});
