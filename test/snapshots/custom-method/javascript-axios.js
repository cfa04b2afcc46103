const config = {
  method: "PURGE",
  url: "{{baseUrl}}/cache/key"
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
