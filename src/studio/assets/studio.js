// Briefing Bot studio: a little progressive enhancement. Every page works without it.
// A refused save moves focus to the list of problems. On the entry form: a live count of the sentences picked, and a
// box that narrows the article to matching sentences.
(() => {
  document.getElementById('error-summary')?.focus();

  const picker = document.querySelector('.article-picker');
  if (!picker) return;
  const count = picker.querySelector('.picked-count');
  const boxes = [...picker.querySelectorAll('input[name="sentence"]')];
  const update = () => {
    const picked = boxes.filter((box) => box.checked).length;
    if (count) count.textContent = picked === 0 ? '' : `${picked} sentence${picked === 1 ? '' : 's'} picked to quote.`;
  };
  for (const box of boxes) box.addEventListener('change', update);
  update();

  const filterRow = picker.querySelector('.picker-filter');
  const filter = picker.querySelector('#sentence-filter');
  if (!filterRow || !filter) return;
  filterRow.hidden = false;
  filter.addEventListener('input', () => {
    const wanted = filter.value.trim().toLowerCase();
    for (const paragraph of picker.querySelectorAll('[data-paragraph]')) {
      let shown = 0;
      for (const sentence of paragraph.querySelectorAll('[data-sentence]')) {
        const match = wanted === '' || sentence.textContent.toLowerCase().includes(wanted);
        sentence.hidden = !match;
        if (match) shown += 1;
      }
      paragraph.hidden = shown === 0;
    }
  });
})();
