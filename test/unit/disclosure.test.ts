import { describe, expect, it } from 'vitest'

import { disclosureGrounds, groundFits, isPublicAttribute, requiresDisclosureReason } from '../../core/documents/disclosure'

describe('disclosure attributes', () => {
  it.each([
    ['proactive', true, false],
    ['on-request', false, true],
    ['not-disclosed', false, true],
    [null, false, false],
    ['unknown', false, false],
  ])('%s: public %s, needs a reason %s', (attribute, isPublic, needsReason) => {
    expect(isPublicAttribute(attribute)).toBe(isPublic)
    expect(requiresDisclosureReason(attribute)).toBe(needsReason)
  })

  it.each([
    ['state-secret', 'not-disclosed', true],
    ['state-secret', 'on-request', false],
    ['not-proactive-scope', 'on-request', true],
    ['not-proactive-scope', 'not-disclosed', false],
    ['made-up', 'not-disclosed', false],
    [null, 'on-request', false],
  ])('ground %s fits %s: %s', (ground, attribute, fits) => {
    expect(groundFits(ground, attribute)).toBe(fits)
  })

  it('cites the 条例 in every ground', () => {
    for (const ground of Object.values(disclosureGrounds)) expect(ground.label).toMatch(/《条例》第.+条/)
  })
})
