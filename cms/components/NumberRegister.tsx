/**
 * On an issuing code's page: per year, the serials documents use, the gaps, and the
 * numbers allocated but not (yet) used. A server component: it reads the database
 * with the signed-in user's rights.
 */
import type { UIFieldServerProps } from 'payload'

import { formatSerialRuns, summarizeSerials } from '../../core/numbering/numberRegister'
import { loadSeriesByYear } from '../numbering/loadSeriesByYear'

export async function NumberRegister({ data, req }: UIFieldServerProps) {
  if (!data?.code) return null
  const years = await loadSeriesByYear(req, String(data.code), data.series === 'unifiedNumber' ? 'unifiedNumber' : 'docNumber')
  if (years.length === 0) return <p>该代字尚未使用。</p>
  return (
    <div className="field-type">
      <table className="table">
        <caption style={{ textAlign: 'start', fontWeight: 600 }}>各年度编号情况</caption>
        <thead>
          <tr>
            <th scope="col">年度</th>
            <th scope="col">最大号</th>
            <th scope="col">已用号</th>
            <th scope="col">空号</th>
            <th scope="col">已取未用</th>
          </tr>
        </thead>
        <tbody>
          {years.map(({ year, used, allocated }) => {
            const summary = summarizeSerials(used, allocated)
            return (
              <tr key={year}>
                <td>{year}</td>
                <td>{summary.highest}</td>
                <td>{formatSerialRuns(summary.used) || '—'}</td>
                <td>{formatSerialRuns(summary.gaps) || '无'}</td>
                <td>{formatSerialRuns(summary.allocatedUnused) || '无'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
