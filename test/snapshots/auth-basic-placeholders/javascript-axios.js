const config = {
  method: "POST",
  url: "{{baseUrl}}/pets",
  headers: {
    "Content-Type": "application/json",
    "Authorization": "Basic " + btoa(String.fromCharCode(...new TextEncoder().encode("{{basicAuthUsername}}:{{basicAuthPassword}}")))
  },
  data: '{"name": "{{petName}}", "tag": "dog"}'
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
