import axios from 'axios';

const response = await axios({
  method: 'POST',
  url: '{{authPath}}/{{envID}}/as/token',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  data: new URLSearchParams([
    ['grant_type', 'authorization_code'],
    ['code', '{{authCode}}'],
    ['redirect_uri', 'https://example.com'],
    ['scope', 'openid'],
    ['client_id', '{{dvPiFlowAppID}}'],
    ['code_verifier', '{{code_verifier}}'],
  ]),
});
console.log(response.data);
