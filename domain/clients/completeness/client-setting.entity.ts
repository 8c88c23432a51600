import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Admin-editable settings of the client base (e.g. `completeness`), one JSON value per key. */
export const ClientSettingSchema = defineEntity({
  name: 'ClientSetting',
  tableName: 'client_setting',
  properties: {
    key: p.string().length(100).primary(),
    value: p.json<Record<string, unknown>>(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});

export type ClientSetting = InferEntity<typeof ClientSettingSchema>;
