'use client'
/**
 * At the top of an edit form: why the last save was refused, each reason under the name
 * of the field to change, in the server's own words (core/messages.ts), until the next
 * accepted save. The refused fields are outlined, show their reason beneath them and are
 * marked aria-invalid; a click on a field's name takes the editor there. Payload's form
 * alone shows none of this for a draft save (savedRefusals.ts says why).
 */
import { useConfig, useDocumentInfo, useEditDepth, useForm, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'

import type { Refusal } from './parseRefusals'
import { fieldElement, fieldName, markedFields, markRefused, refusedFieldStyle, showField, unmarkRefused } from './refusedFields'
import { refusalTarget } from './refusalTarget'
import { lastRefusals, subscribe, watchSaves } from './savedRefusals'

type Shown = Refusal & { target: string | null; name: string | null }

/** Refusals already brought into view: a panel remounted by a form-state round trip does not scroll again. */
const scrolledTo = new WeakSet<Refusal[]>()

export function RefusalPanel() {
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const editDepth = useEditDepth()
  const { formRef } = useForm()
  // A drawer (a related document created from this one) has its own form and panel at the next depth.
  const owner = `${collectionSlug ?? ''}/${id ?? ''}@${editDepth}`
  const language = useRef(i18n.language)
  language.current = i18n.language
  const panel = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!collectionSlug) return
    // Payload's form saves a new document with a POST to the collection, an existing one with a PATCH to its id.
    const collection = new URL(`${config.serverURL}${config.routes.api}/${collectionSlug}`, window.location.href).pathname
    const address = id === undefined || id === null ? collection : `${collection}/${encodeURIComponent(String(id))}`
    return watchSaves(owner, {
      isSave: (method, url) => (method === 'POST' || method === 'PATCH') && url.pathname === address,
      language: () => language.current,
    })
  }, [collectionSlug, config.routes.api, config.serverURL, id, owner])

  const refusals = useSyncExternalStore(
    subscribe,
    () => lastRefusals(owner),
    () => lastRefusals(''),
  )

  const [shown, setShown] = useState<Shown[]>([])
  useEffect(() => {
    const form = formRef.current ?? document
    setShown((before) =>
      refusals.length === 0 && before.length === 0
        ? before
        : refusals.map((refusal) => {
            const target = refusalTarget(refusal.path, (path) => fieldElement(form, path, editDepth) !== null)
            const element = target ? fieldElement(form, target, editDepth) : null
            // Named as the field the editor is sent to, which is not always the one the server checked.
            return { ...refusal, target, name: (element && fieldName(element)) ?? refusal.label }
          }),
    )
  }, [refusals, editDepth, formRef])

  useEffect(() => {
    const reasons = new Map<string, string[]>()
    for (const { target, message } of shown) if (target) reasons.set(target, [...(reasons.get(target) ?? []), message])
    const mark = () => {
      const marked = new Set<Element>()
      for (const [target, messages] of reasons) {
        const element = fieldElement(formRef.current ?? document, target, editDepth)
        if (!element) continue
        markRefused(element, messages.join('\n'), owner)
        marked.add(element)
      }
      for (const element of markedFields(owner)) if (!marked.has(element)) unmarkRefused(element)
    }
    mark()
    if (reasons.size === 0) return
    // Payload re-renders fields (conditions, rows, form-state round trips): mark them again when the page changes.
    let frame = 0
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(() => {
        frame = 0
        mark()
      })
    })
    observer.observe(document.body, { childList: true, subtree: true })
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
      markedFields(owner).forEach(unmarkRefused)
    }
  }, [shown, editDepth, owner, formRef])

  useEffect(() => {
    if (shown.length === 0 || scrolledTo.has(refusals)) return
    scrolledTo.add(refusals)
    panel.current?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }, [shown, refusals])

  if (shown.length === 0) return null
  return (
    <div
      ref={panel}
      className="refusal-panel"
      role="alert"
      style={{
        border: '1px solid var(--theme-error-500)',
        borderRadius: 4,
        padding: '0.75rem 1rem',
        marginBottom: '1.5rem',
        background: 'var(--theme-error-50)',
        color: 'var(--theme-elevation-1000)',
      }}
    >
      <style>{refusedFieldStyle}</style>
      <strong>未能保存，请按以下提示修改后重试：</strong>
      <ul style={{ margin: '0.5rem 0 0', paddingLeft: '1.25rem' }}>
        {shown.map(({ target, name, message }, index) => (
          <li key={index} data-path={target ?? undefined}>
            {name && target ? (
              <button
                type="button"
                className="btn--style-none"
                style={{
                  padding: 0,
                  border: 0,
                  background: 'none',
                  font: 'inherit',
                  fontWeight: 600,
                  color: 'inherit',
                  textDecoration: 'underline',
                  cursor: 'pointer',
                }}
                onClick={() => {
                  const element = fieldElement(formRef.current ?? document, target, editDepth)
                  if (element) showField(element)
                }}
              >
                {name}
              </button>
            ) : name ? (
              <strong>{name}</strong>
            ) : null}
            {name ? '：' : null}
            {message}
          </li>
        ))}
      </ul>
    </div>
  )
}
