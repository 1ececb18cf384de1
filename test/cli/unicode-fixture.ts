/** Markdown written elsewhere, with everything a UTF-8 terminal shows and an ASCII one cannot. */
export const UNICODE_MARKDOWN = `---
title: Über “quotes” — dashes… and Київ
players:
  - id: zelensky
    name: Володимир Зеленський
    aliases: [Zelensky]
    role: President · “head of state”
---
# Über alles

Text with ‘single’ and “double” quotes — an em dash, an en dash – and an ellipsis…
Bullets • and ◦, arrows → ← ↑ ↓, 中文 characters, emoji 👍🏽 ❤️, a flag 🇺🇦, Łódź, ß, ½ and €5.
Entities: &hellip; &mdash; &ldquo;quoted&rdquo; &copy; &#x2192;.
Zelensky and Володимир Зеленський spoke.

## Київ — a table

| city | name |
| --- | --- |
| Київ | Kyiv — capital |
| 東京 | Tokyo… |

> A quote → with an arrow.

- • a bullet written by hand
- ✔ done
`;
