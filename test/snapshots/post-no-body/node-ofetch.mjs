import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/jobs/42/run', {
  method: 'POST',
});
console.log(data);
