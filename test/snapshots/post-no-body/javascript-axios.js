const config = {
  method: "POST",
  url: "{{baseUrl}}/jobs/42/run"
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
