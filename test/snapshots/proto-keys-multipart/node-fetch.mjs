const form = new FormData();
form.append('__proto__', 'f1');
form.append('constructor', 'f2');
form.append('prototype', 'f3');
form.append('toString', 'f4');

const response = await fetch('{{baseUrl}}/objects', {
  method: 'POST',
  body: form,
});
console.log(await response.text());
