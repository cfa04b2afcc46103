var request = require('request');
var options = {
  'method': 'POST',
  'url': '{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4',
  'headers': {
    'constructor': 'h2',
    'prototype': 'h3',
    'toString': 'h4',
    'Content-Type': 'application/x-www-form-urlencoded'
  },
  form: {
    ['__proto__']: 'f1',
    'constructor': 'f2',
    'prototype': 'f3',
    'valueOf': 'f4'
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
}).on('request', function (req) {
  // request keeps headers in a plain object, where this name would set its prototype: set on Node's request itself.
  req.setHeader('__proto__', 'h1');
});
