const xhr = new XMLHttpRequest();
xhr.open("GET", "{{baseUrl}}/i18n");
xhr.setRequestHeader("X-Name", String.fromCharCode(...new TextEncoder().encode("Zoë ✓ 😀")));
xhr.setRequestHeader("X-Latin", String.fromCharCode(...new TextEncoder().encode("café")));
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
