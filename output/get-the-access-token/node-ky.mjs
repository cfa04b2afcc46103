import ky from 'ky';

const text = await ky('{{authPath}}/{{envID}}/as/token', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams([
    ['grant_type', 'authorization_code'],
    ['code', '{{authCode}}'],
    ['redirect_uri', 'https://example.com'],
    ['scope', 'openid'],
    ['client_id', '{{dvPiFlowAppID}}'],
    ['code_verifier', '{{code_verifier}}'],
  ]),
}).text();
console.log(text);
