/**
 * Finds and marks the refused fields of one form. Payload gives a field's element an id
 * from its path (`field-a__b`; a checkbox in a drawer adds the drawer's depth, `-2`), the
 * same in a drawer as on the page beneath it, so fields are looked up within the form.
 * The field's wrapper carries its label. A mark is a data attribute on the wrapper
 * (styled by refusedFieldStyle, which also shows the reason under the field) and
 * aria-invalid on its controls, so that screen readers say the field is in error.
 */
const refusedAttribute = 'data-refused'
/** Which panel marked the field: a drawer's panel leaves the page's marks alone. */
const ownerAttribute = 'data-refused-by'
const markedControl = 'data-refused-control'
const controls = 'input:not([type="hidden"]), textarea, select, [contenteditable="true"], [role="combobox"]'

/** The CSS that shows a mark: a red outline, and the reason under the field. */
export const refusedFieldStyle = `
[${refusedAttribute}] { outline: 2px solid var(--theme-error-500); outline-offset: 4px; border-radius: 2px; }
[${refusedAttribute}]::after { content: attr(${refusedAttribute}); display: block; white-space: pre-line; margin-top: 0.5rem; color: var(--theme-error-500); font-weight: 500; }
`

export function fieldElement(form: ParentNode, path: string, editDepth: number): HTMLElement | null {
  const id = `field-${path.replace(/\./g, '__')}`
  const element =
    form.querySelector<HTMLElement>(`#${CSS.escape(id)}`) ??
    (editDepth > 1 ? form.querySelector<HTMLElement>(`#${CSS.escape(`${id}-${editDepth}`)}`) : null) ??
    // A rich-text field (正文) has no input with an id, only its path on its wrapper.
    form.querySelector<HTMLElement>(`.field-type[data-field-path="${CSS.escape(path)}"]`)
  return element?.closest<HTMLElement>('.field-type') ?? element
}

/** The field's label as the editor reads it, without the required-field star. */
export function fieldName(element: HTMLElement): string | null {
  const text = element
    .querySelector('.field-label')
    ?.textContent?.replace(/[*＊]\s*$/, '')
    .trim()
  return text || null
}

export function markRefused(element: HTMLElement, reasons: string, owner: string): void {
  if (element.getAttribute(refusedAttribute) !== reasons) element.setAttribute(refusedAttribute, reasons)
  if (element.getAttribute(ownerAttribute) !== owner) element.setAttribute(ownerAttribute, owner)
  for (const control of element.querySelectorAll(controls)) {
    if (control.getAttribute('aria-invalid') === 'true') continue
    control.setAttribute('aria-invalid', 'true')
    control.setAttribute(markedControl, '')
  }
}

export function unmarkRefused(element: Element): void {
  element.removeAttribute(refusedAttribute)
  element.removeAttribute(ownerAttribute)
  for (const control of element.querySelectorAll(`[${markedControl}]`)) {
    control.removeAttribute('aria-invalid')
    control.removeAttribute(markedControl)
  }
}

/** The fields `owner` marked, to unmark those no longer refused. */
export function markedFields(owner: string): Element[] {
  return [...document.querySelectorAll(`[${ownerAttribute}="${CSS.escape(owner)}"]`)]
}

/** Takes the editor to the field and puts the cursor in it. */
export function showField(element: HTMLElement): void {
  element.scrollIntoView({ block: 'center', behavior: 'smooth' })
  element.querySelector<HTMLElement>(controls)?.focus({ preventScroll: true })
}
