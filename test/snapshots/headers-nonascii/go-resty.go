package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("X-Name", "Zoë ✓ 😀")
	req.Header.Add("X-Latin", "café")

	resp, err := req.Execute("GET", "{{baseUrl}}/i18n")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
