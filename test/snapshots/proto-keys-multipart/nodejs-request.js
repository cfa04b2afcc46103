var request = require('request');
var options = {
  'method': 'POST',
  'url': '{{baseUrl}}/objects',
  formData: {
    ['__proto__']: 'f1',
    'constructor': 'f2',
    'prototype': 'f3',
    'toString': 'f4'
  }
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
