import { holidays2018 } from './2018'
import { holidays2019 } from './2019'
import { holidays2020 } from './2020'
import { holidays2021 } from './2021'
import { holidays2022 } from './2022'
import { holidays2023 } from './2023'
import { holidays2024 } from './2024'
import { holidays2025 } from './2025'
import { holidays2026 } from './2026'
import type { HolidayYear } from './types'

export type { Festival, HolidayBlock, HolidayName, HolidaySource, HolidayYear } from './types'

/**
 * Every arrangement held, oldest first, without gaps. To add a year: once the State Council
 * General Office publishes 国务院办公厅关于YYYY年部分节假日安排的通知 (each autumn or winter),
 * add YYYY.ts from the notice's text and list it here.
 */
export const HOLIDAY_YEARS: readonly HolidayYear[] = [
  holidays2018,
  holidays2019,
  holidays2020,
  holidays2021,
  holidays2022,
  holidays2023,
  holidays2024,
  holidays2025,
  holidays2026,
]
