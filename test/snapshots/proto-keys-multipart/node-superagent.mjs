import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/objects')
  .field('__proto__', 'f1')
  .field('constructor', 'f2')
  .field('prototype', 'f3')
  .field('toString', 'f4');
console.log(response.text);
