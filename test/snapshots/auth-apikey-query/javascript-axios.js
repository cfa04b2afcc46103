const config = {
  method: "GET",
  url: "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
