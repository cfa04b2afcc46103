const response = await fetch('{{authPath}}/{{envID}}/as/token', {
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
});
console.log(await response.text());
