// A script cannot set the Cookie header: the browser sends the cookies it holds for the page's own site.
document.cookie = "session={{session_id}}; path=/";
document.cookie = "api_key={{api_key}}; path=/";

const requestOptions = {
  method: "GET",
  headers: {
    "X-API-Key": "{{api_key}}",
    "X-Note": '"; rm -rf ~; "',
    "Authorization": "Bearer {{bearerAuth}}"
  }
};

fetch("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
