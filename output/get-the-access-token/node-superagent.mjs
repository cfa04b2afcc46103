import superagent from 'superagent';

const response = await superagent.post('{{authPath}}/{{envID}}/as/token')
  .set('Content-Type', 'application/x-www-form-urlencoded')
  .send('grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}');
console.log(response.text);
