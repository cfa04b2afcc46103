const config = {
  method: "POST",
  url: "{{baseUrl}}/upload"
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
