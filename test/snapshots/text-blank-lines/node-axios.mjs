import axios from 'axios';

const response = await axios({
  method: 'POST',
  url: '{{baseUrl}}/notes',
  headers: {
    'Content-Type': 'text/plain',
  },
  data: `\tindented

  spaced  

`,
});
console.log(response.data);
