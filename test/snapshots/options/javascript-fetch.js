// A browser does not let a script set Origin, Access-Control-Request-Method: not sent.
const requestOptions = {
  method: "OPTIONS"
};

fetch("{{baseUrl}}/cors", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
