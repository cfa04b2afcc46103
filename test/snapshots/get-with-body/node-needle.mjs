import needle from 'needle';

const response = await needle('GET', '{{baseUrl}}/search', Buffer.from('{"query": {"match_all": {}}}'), {
  headers: {
    'Content-Type': 'application/json',
  },
});
console.log(response.body);
