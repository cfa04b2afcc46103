const config = {
  method: "GET",
  url: "{{baseUrl}}/me",
  headers: {
    "Authorization": "Basic " + btoa(String.fromCharCode(...new TextEncoder().encode("{{username}}:{{password}}")))
  }
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
