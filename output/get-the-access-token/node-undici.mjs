import { request } from 'undici';

const { statusCode, body } = await request('{{authPath}}/{{envID}}/as/token', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: 'grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}',
});
console.log(statusCode, await body.text());
