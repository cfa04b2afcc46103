import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/form', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams([
    ['a b', 'c&d=e'],
    ['plus', '1+2 3'],
    ['pct', '50%'],
    ['utf', 'été ☃ 😀'],
    ['k', 'first'],
    ['k', 'second'],
    ['empty', ''],
    ['multi', 'line1\nline2'],
    ['q', '"\'`$x #{y}'],
  ]),
});
console.log(data);
