import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/inv')
  .set('X-Tab', 'a\tb')
  .set('Content-Type', 'text/plain')
  .send('tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\x01\x1F\x7Fdel\x85nel');
console.log(response.text);
