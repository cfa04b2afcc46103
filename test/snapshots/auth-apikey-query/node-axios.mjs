import axios from 'axios';

const response = await axios({
  url: '{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc',
});
console.log(response.data);
