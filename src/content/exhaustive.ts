/**
 * A compile-time check that a list has an item for every id of a union:
 * the built-in content has one entry per type and per table row, so adding
 * an id without its entry fails to compile, naming the missing id
 * (`Property 'missingIds' is missing … { missingIds: "new-id" }`).
 *
 * Call it with the id union and the item type, then the list:
 * `oneForEach<TypeId, ClinicalType>()([...])`. At run time it only copies
 * the list.
 */
export function oneForEach<Id extends string, Item extends { id: Id }>() {
  return <const Items extends readonly Item[]>(
    items: Items &
      ([Exclude<Id, Items[number]['id']>] extends [never] ? unknown : { missingIds: Exclude<Id, Items[number]['id']> }),
  ): Item[] => [...items];
}
