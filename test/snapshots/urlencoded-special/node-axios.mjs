import axios from 'axios';

const response = await axios({
  method: 'POST',
  url: '{{baseUrl}}/form',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  data: new URLSearchParams([
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
console.log(response.data);
