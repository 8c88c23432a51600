import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { catalogueApi, type Product } from './api';

interface Props {
  label: string;
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string;
  testId?: string;
  /** False where a line may name a service instead of a product. */
  required?: boolean;
}

/** A product from the catalogue, searched by name or SKU on the server as the user types. */
export function ProductPicker({ label, value, onChange, error, testId, required = true }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [products, setProducts] = useState<Product[]>([]);
  useEffect(() => {
    let live = true;
    catalogueApi.products(debounced).then((p) => live && setProducts((known) => merge(known, p.items)), () => undefined);
    return () => {
      live = false;
    };
  }, [debounced]);
  return (
    <Select
      label={label}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={products.map((p) => ({ value: String(p.id), label: `${p.name} (${p.sku})` }))}
      value={value ? String(value) : null}
      onChange={(v) => onChange(v ? Number(v) : null)}
      error={error}
      nothingFoundMessage="—"
      data-testid={testId}
      required={required}
    />
  );
}

/** Products already shown stay choosable (the chosen one must keep its label while searching). */
const merge = (known: Product[], found: Product[]) => [...new Map([...known, ...found].map((p) => [p.id, p])).values()];
