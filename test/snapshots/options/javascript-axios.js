// A browser does not let a script set Origin, Access-Control-Request-Method: not sent.
const config = {
  method: "OPTIONS",
  url: "{{baseUrl}}/cors"
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
