'use client'
/**
 * A site build's duration, stored in milliseconds, as a person reads it (1分12秒,
 * 8.4秒): the cell in the builds list and the read-only field on a build's page.
 */
import type { DefaultCellComponentProps, NumberFieldClientProps } from 'payload'
import { FieldLabel, useField } from '@payloadcms/ui'

import { humanDuration } from '../../core/calendar/humanDuration'

export function DurationCell({ cellData }: DefaultCellComponentProps) {
  return <span>{humanDuration(typeof cellData === 'number' ? cellData : null)}</span>
}

export function DurationField({ path, field }: NumberFieldClientProps) {
  const { value } = useField<number>({ potentiallyStalePath: path })
  return (
    <div className="field-type">
      <FieldLabel label={field.label} path={path} />
      <p style={{ margin: 0 }}>{humanDuration(value)}</p>
    </div>
  )
}
