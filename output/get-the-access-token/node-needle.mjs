import needle from 'needle';

const response = await needle('POST', '{{authPath}}/{{envID}}/as/token', 'grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}', {
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
});
console.log(response.body);
