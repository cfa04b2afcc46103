import axios from 'axios';

const response = await axios({
  method: 'POST',
  url: '{{baseUrl}}/notes',
  headers: {
    'Content-Type': 'text/plain',
  },
  data: 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays',
});
console.log(response.data);
