import superagent from 'superagent';

const response = await superagent.get('{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10')
  .set('X-API-Key', '{{api_key}}')
  .set('Cookie', 'session={{session_id}}; api_key={{api_key}}')
  .set('X-Note', '"; rm -rf ~; "')
  .set('Authorization', 'Bearer {{bearerAuth}}');
console.log(response.text);
