/** Rows of an UPDATE/DELETE … RETURNING through TypeORM (which yields [rows, count]) or of an INSERT … RETURNING (rows). */
export function returningRows<R>(result: R[] | [R[], number]): R[] {
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as R[];
  return result as R[];
}
