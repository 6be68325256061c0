import { describe, expect, it } from 'vitest'

import { builtInDocumentKinds } from '../../core/documents/documentKinds'
import { indexNumberProblem } from '../../core/documents/indexNumberReadiness'

const withoutCode = { name: '测试市人民政府办公室', orgCode: null }
const withCode = { name: '测试市人民政府办公室', orgCode: '734972044' }

describe('whether publication can assign a 索引号', () => {
  it.each([
    ['a 规章', 'rule'],
    ['a 行政规范性文件', 'normative-government'],
    ['a 部门规范性文件', 'normative-department'],
  ])('refuses %s whose first issuer has no organisation code', (_name, kind) => {
    expect(indexNumberProblem({ kind, indexNumber: null, firstIssuer: withoutCode }, builtInDocumentKinds)).toEqual({
      severity: 'refusal',
      issuer: '测试市人民政府办公室',
    })
  })

  it('only warns about another document', () => {
    expect(
      indexNumberProblem({ kind: 'other', indexNumber: '', firstIssuer: { name: '某局', orgCode: '  ' } }, builtInDocumentKinds),
    ).toEqual({
      severity: 'warning',
      issuer: '某局',
    })
  })

  it('warns while no kind is chosen yet', () => {
    expect(indexNumberProblem({ kind: null, indexNumber: null, firstIssuer: withoutCode }, builtInDocumentKinds)?.severity).toBe('warning')
  })

  it.each<[string, Parameters<typeof indexNumberProblem>[0]]>([
    ['the issuer has a code', { kind: 'rule', indexNumber: null, firstIssuer: withCode }],
    [
      'the document already has its number (a legacy one entered by hand)',
      { kind: 'rule', indexNumber: '000014349/2018-00012', firstIssuer: withoutCode },
    ],
    ['no issuer is chosen yet', { kind: 'rule', indexNumber: null, firstIssuer: null }],
  ])('says nothing when %s', (_name, input) => {
    expect(indexNumberProblem(input, builtInDocumentKinds)).toBeNull()
  })
})
