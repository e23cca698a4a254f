// Keyboard shortcuts: a key pressed outside a text field clicks the button
// that carries it (data-key). Without JavaScript the buttons work as they are.
document.addEventListener("keydown", (event) => {
  const field = event.target.closest("input, textarea, select");
  if (field || event.ctrlKey || event.metaKey || event.altKey) return;
  const button = document.querySelector(`button[data-key="${event.key.toLowerCase()}"]`);
  if (button) {
    event.preventDefault();
    button.click();
  }
});
