/**
 * 大字模式 (large text, high contrast): a class on <html>, remembered in localStorage.
 * The key and class must match the inline script in layouts/Base.astro, which applies
 * the stored choice before the first paint.
 */
export const LARGE_TEXT_KEY = 'gongbao-large-text'
export const LARGE_TEXT_CLASS = 'large-text'

function store(on: boolean): void {
  try {
    localStorage.setItem(LARGE_TEXT_KEY, on ? '1' : '0')
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
}

export function initLargeTextToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('.text-size-toggle')
  if (!button) return
  const root = document.documentElement
  const show = () => button.setAttribute('aria-pressed', String(root.classList.contains(LARGE_TEXT_CLASS)))
  button.addEventListener('click', () => {
    store(root.classList.toggle(LARGE_TEXT_CLASS))
    show()
  })
  show()
  button.hidden = false
}
