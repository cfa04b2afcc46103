import needle from 'needle';

const response = await needle('POST', '{{baseUrl}}/inv', 'tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\x01\x1F\x7Fdel\x85nel', {
  headers: {
    'X-Tab': 'a\tb',
    'Content-Type': 'text/plain',
  },
});
console.log(response.body);
