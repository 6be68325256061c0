import { describe, expect, it } from 'vitest'

import { builtInDocumentKinds } from '../../core/documents/documentKinds'
import { findInterpretationBodyName, requiresInterpretationBody } from '../../core/interpretations/interpretationClause'

describe('findInterpretationBodyName', () => {
  it.each([
    ['本文件由市政府办公室负责解读。', '市政府办公室'],
    ['……接受社会监督。\n本文件由市政府办公室负责解读。\n抄送：市委办公室。', '市政府办公室'],
    ['本规定由市司法局负责解读', '市司法局'],
    ['本办法由 市 人力资源和社会保障局 负责解读。', '市人力资源和社会保障局'],
    ['本意见由县发展和改革局负责解释和解读。', '县发展和改革局'],
    ['请各单位做好政策解读工作。', null],
    ['本文件由市政府办公室负责。', null],
    ['', null],
  ])('%s → %s', (text, expected) => {
    expect(findInterpretationBodyName(text)).toBe(expected)
  })
})

describe('requiresInterpretationBody', () => {
  it.each([
    ['rule', true, true],
    ['normative-government', true, true],
    ['normative-department', true, false],
    ['other', true, false],
    ['rule', false, false],
    ['normative-government', false, false],
    [null, true, false],
  ])('%s issued by a government: %s → %s', (kind, government, expected) => {
    expect(requiresInterpretationBody(kind, government, builtInDocumentKinds)).toBe(expected)
  })
})
