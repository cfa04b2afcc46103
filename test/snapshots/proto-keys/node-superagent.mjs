import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4')
  .set('__proto__', 'h1')
  .set('constructor', 'h2')
  .set('prototype', 'h3')
  .set('toString', 'h4')
  .set('Content-Type', 'application/x-www-form-urlencoded')
  .send('__proto__=f1&constructor=f2&prototype=f3&valueOf=f4');
console.log(response.text);
